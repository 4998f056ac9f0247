import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitFor } from './processes';

/** Debian installs nginx in /usr/sbin, which is not on every user's PATH. */
const CANDIDATES = ['nginx', '/usr/sbin/nginx'];

/** The nginx binary (scripts/ensure-nginx.sh installs it), or undefined. */
export function nginxBinary(): string | undefined {
  return CANDIDATES.find((candidate) => spawnSync(candidate, ['-v']).status === 0);
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * nginx's configuration for the API processes at `upstreamPorts`: round robin (no sticky
 * sessions), WebSocket upgrades passed through, the client's address in X-Forwarded-For, and
 * every file it writes in `dir`.
 */
export function loadBalancerConfig(
  dir: string,
  port: number,
  upstreamPorts: readonly number[],
  workers = 1,
): string {
  const temp = (name: string): string => join(dir, 'temp', name);
  return `worker_processes ${workers};
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 4096; }
http {
  access_log ${join(dir, 'access.log')};
  client_body_temp_path ${temp('client_body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  # Answers are passed on from memory: the workers may not write to a root-owned temp folder.
  proxy_max_temp_file_size 0;
  # An upgrade keeps its Connection header; any other request leaves it empty, for keep-alive upstream.
  map $http_upgrade $connection_upgrade {
    default upgrade;
    '' '';
  }
  upstream kabinet_api {
${upstreamPorts.map((upstream) => `    server 127.0.0.1:${upstream};`).join('\n')}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://kabinet_api;
      proxy_http_version 1.1;
      proxy_set_header Host $host;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_read_timeout 1h;
    }
  }
}
`;
}

/** nginx in front of API processes, as a child of this process (never a system service). */
export class LoadBalancer {
  private constructor(
    private readonly child: ChildProcess,
    private readonly dir: string,
    readonly url: string,
  ) {}

  static async start(
    upstreamPorts: readonly number[],
    options: { workers?: number } = {},
  ): Promise<LoadBalancer> {
    const binary = nginxBinary();
    if (binary === undefined) throw new Error('nginx is missing: run `bash scripts/ensure-nginx.sh`');
    const dir = mkdtempSync(join(tmpdir(), 'kabinet-nginx-'));
    for (const name of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
      mkdirSync(join(dir, 'temp', name), { recursive: true });
    }
    const port = await freePort();
    const conf = join(dir, 'nginx.conf');
    writeFileSync(conf, loadBalancerConfig(dir, port, upstreamPorts, options.workers));
    // -e: errors before the configuration is read go to the run's folder too, not /var/log.
    const child = spawn(binary, ['-p', dir, '-e', join(dir, 'error.log'), '-c', conf, '-g', 'daemon off;'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await waitFor(
      'nginx accepts connections',
      async () => {
        if (child.exitCode !== null) {
          throw new Error(`nginx exited (${child.exitCode}): ${stderr}${LoadBalancer.errors(dir)}`);
        }
        return accepts(port);
      },
      15_000,
    );
    return new LoadBalancer(child, dir, `http://127.0.0.1:${port}`);
  }

  private static errors(dir: string): string {
    try {
      return readFileSync(join(dir, 'error.log'), 'utf8');
    } catch {
      return '';
    }
  }

  /** What nginx logged at warn and above (a failing upstream, say). */
  errorLog(): string {
    return LoadBalancer.errors(this.dir);
  }

  /** Stops nginx (SIGQUIT: it finishes the requests it holds) and removes its folder. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = once(this.child, 'exit');
      this.child.kill('SIGQUIT');
      const killer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
