// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The SQLite/PostgreSQL drivers and argon2 are native or Node-only: load them from node_modules at
  // run time instead of bundling them.
  serverExternalPackages: ["@libsql/client", "libsql", "pg", "@node-rs/argon2"],
  typedRoutes: false,
  experimental: {
    // forbidden() answers 403 with app/forbidden.tsx when a signed-in user lacks a permission.
    authInterrupts: true,
    // Hero images and avatars are uploaded through server actions (UPLOAD_MAX_MB, default 5).
    serverActions: { bodySizeLimit: "12mb" },
    proxyClientMaxBodySize: "12mb",
  },
};

export default nextConfig;
