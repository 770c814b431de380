import { useMutation } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { ApiError, errorMessage } from '../../app/api/api-error';
import { placeProblems } from './quote-request';
import { type QuoteRequest, requestQuote, type SubsidyQuote } from './subsidy-quote-api';

/** A refusal as the page shows it: the server's message, and the problems no input of the form takes. */
export interface QuoteFailure {
  message: string;
  reasons: string[];
}

export interface QuoteRunner {
  /** Asks for the quote; problems the server names by field are shown beside the form's `inputs`. */
  run: (request: QuoteRequest, form: FormInstance, inputs: readonly string[]) => void;
  /** Shows a failure that happened before the quote was asked for (a look-up). */
  fail: (error: unknown, form: FormInstance, inputs: readonly string[]) => void;
  reset: () => void;
  pending: boolean;
  quote: SubsidyQuote | null;
  failure: QuoteFailure | null;
}

/** The quote the page shows, whichever of its forms asked for it. */
export function useQuoteRunner(): QuoteRunner {
  const [failure, setFailure] = useState<QuoteFailure | null>(null);
  const { mutate, reset: resetMutation, isPending, data } = useMutation({ mutationFn: requestQuote });

  const fail = useCallback((error: unknown, form: FormInstance, inputs: readonly string[]) => {
    if (!(error instanceof ApiError)) {
      setFailure({ message: errorMessage(error), reasons: [] });
      return;
    }
    const { byInput, unplaced } = placeProblems(error.details, inputs);
    if (byInput.size > 0) form.setFields([...byInput].map(([name, errors]) => ({ name, errors })));
    setFailure({ message: error.message, reasons: unplaced });
  }, []);

  const run = useCallback(
    (request: QuoteRequest, form: FormInstance, inputs: readonly string[]) => {
      setFailure(null);
      mutate(request, { onError: (error) => fail(error, form, inputs) });
    },
    [mutate, fail],
  );

  const reset = useCallback(() => {
    resetMutation();
    setFailure(null);
  }, [resetMutation]);

  return { run, fail, reset, pending: isPending, quote: failure ? null : (data ?? null), failure };
}
