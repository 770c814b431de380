import { z } from 'zod';
import { errorResponses, type ZodApp } from '../../platform/http/schemas';
import { quoteBody } from './quote-schemas';
import type { QuoteService } from './quote-service';
import { quoteViewSchema } from './quote-views';

export function quoteRoutes(app: ZodApp, quotes: QuoteService) {
  app.post(
    '/api/v1/subsidies/quote',
    {
      config: { access: 'subsidies.quote' },
      schema: {
        tags: ['subsidies'],
        summary:
          '补贴测算 Quote a subsidy: for an enrolment or a certificate in the system, or for a planned training or certificate',
        body: quoteBody,
        response: { 200: z.object({ quote: quoteViewSchema }), ...errorResponses },
      },
    },
    async (request) => ({ quote: await quotes.quote(request.ctx.actor!, request.body) }),
  );
}
