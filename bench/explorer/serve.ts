// A static server on 127.0.0.1 for a built page, whose /graph.json is whatever graph the bench sets.
import { createServer, type Server } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import type { AddressInfo } from "node:net";

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".woff2": "font/woff2" };

export interface StaticServer {
  url: string;
  setGraph(bytes: Buffer): void;
  close(): Promise<void>;
}

export async function serve(dir: string): Promise<StaticServer> {
  let graph: Buffer = Buffer.from("{}");
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (path.endsWith("/graph.json")) {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(graph);
      return;
    }
    const file = normalize(join(dir, path === "/" ? "index.html" : path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    setGraph: (bytes) => (graph = bytes),
    close: () => new Promise((done) => server.close(() => done())),
  };
}
