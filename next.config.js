/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its .wasm and .data files relative to its own module; bundling breaks that.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  // Lets parallel builds (several people or CI jobs on one checkout) keep separate output.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  // The MI spreadsheet upload is a server action; a full template is ~20 KB, the page allows up to 5 MB.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
};

export default nextConfig;
