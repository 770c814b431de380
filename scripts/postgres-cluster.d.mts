export interface PostgresCluster {
  url: string;
  port: number;
  bin: string;
  version: string;
  stop(): Promise<void>;
}

export function findPostgresBin(): string;
export function startPostgres(options?: {
  settings?: Record<string, string | number>;
}): Promise<PostgresCluster>;
