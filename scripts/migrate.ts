// `npm run db:migrate`: apply the committed migrations to DATABASE_URL (SQLite or PostgreSQL).
import { databaseUrl } from "../lib/db/url";
import { migrate } from "./lib/database";
import { loadDotEnv } from "./lib/run";

loadDotEnv();
migrate(databaseUrl());
