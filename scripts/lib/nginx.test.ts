import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { renderSiteConfig } from "./nginx";
import { root } from "./run";

const documented = readFileSync(path.join(root, "docs", "deploy", "nginx.conf"), "utf8");

describe("renderSiteConfig", () => {
  it("points the documented upstream at the fleet's instances, one marked down, and changes nothing else", () => {
    const config = renderSiteConfig(documented, { upstreams: [{ port: 4001 }, { port: 4002, down: true }, { port: 4003 }], listenPort: 4000, cacheDir: "/tmp/c" });
    assert.match(config, /upstream gazette_app \{\n    server 127\.0\.0\.1:4001 max_fails=2 fail_timeout=5s;\n    server 127\.0\.0\.1:4002 max_fails=2 fail_timeout=5s down;\n    server 127\.0\.0\.1:4003 max_fails=2 fail_timeout=5s;\n    keepalive 64;/);
    assert.doesNotMatch(config, /127\.0\.0\.1:300[12]/);
    assert.match(config, /listen 127\.0\.0\.1:4000;/);
    assert.match(config, /proxy_cache_path \/tmp\/c /);
    assert.match(config, /proxy_next_upstream error timeout http_502 http_503 http_504;/);
    assert.equal(config.match(/proxy_cache gazette;/g)?.length, 3, "reader pages, live polls, static files");
  });

  it("can leave reader pages out of nginx's cache (to measure the instances)", () => {
    const config = renderSiteConfig(documented, { upstreams: [{ port: 4001 }], listenPort: 4000, cacheDir: "/tmp/c", pageCache: false });
    assert.equal(config.match(/proxy_cache gazette;/g)?.length, 2, "live polls and static files stay cached");
    assert.match(config, /location \/ \{\n        proxy_pass http:\/\/gazette_app;\n        proxy_cache off;/);
  });

  it("can serve a folder of files itself at /bench-static/, in the same server block (the bench's ceiling)", () => {
    const config = renderSiteConfig(documented, { upstreams: [{ port: 4001 }], listenPort: 4000, cacheDir: "/tmp/c", staticFiles: "/tmp/pages" });
    assert.match(config, /\n    location \/bench-static\/ \{ alias \/tmp\/pages\/; \}\n\n    location \/ \{\n/);
    assert.equal(config.match(/gzip on;/g)?.length, 1, "one server block, its gzip settings for both");
    assert.doesNotMatch(renderSiteConfig(documented, { upstreams: [{ port: 4001 }], listenPort: 4000, cacheDir: "/tmp/c" }), /bench-static/);
  });
});
