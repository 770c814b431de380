import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API server the dev server forwards to; override to develop against a server on another port.
const apiOrigin = process.env.QIANCHENG_API_ORIGIN ?? 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: apiOrigin, changeOrigin: false },
      '/.well-known': { target: apiOrigin, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The one chunk above the default 500 kB is tree-shaken ECharts (bars, grid, tooltip, canvas),
    // loaded only when a page draws a chart.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Vendor code changes far less often than pages, so its core gets long-lived chunks of its own.
        // The rest of antd (Table, Tree, Cascader…) is left to follow the lazily loaded pages that use
        // it, so the portal's first load does not carry the administration pages' components.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              priority: 30,
            },
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/, priority: 30 },
            {
              name: 'antd-core',
              test: /node_modules[\\/](@ant-design[\\/](cssinjs|cssinjs-utils|colors|fast-color)|@rc-component[\\/](util|motion|trigger|portal|resize-observer|context)|antd[\\/]es[\\/](_util|config-provider|theme|locale|style|app)|dayjs|@emotion|stylis)[\\/]/,
              priority: 20,
            },
          ],
        },
      },
    },
  },
});
