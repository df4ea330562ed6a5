// `npm run build:if-needed`: the production build, unless one newer than every source exists
// (scripts/lib/build.ts). `npm test` runs it beside the type check, lint and unit tests, so that the
// end-to-end suite's server starts on a build that is already there.
import { buildIfNeeded } from "./lib/build";

buildIfNeeded();
