import type { TestProject } from 'vitest/node';
import { serveDist } from '../../../scripts/lib/serve-dist';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { server, url } = await serveDist(process.env.DIST_DIR ?? 'dist');
  project.provide('baseUrl', url);
  return () => new Promise((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
