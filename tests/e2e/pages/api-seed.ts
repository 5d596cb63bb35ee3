// Seeds data straight through the host's HTTP API (the same call the UI makes), for specs that test
// how screens look rather than how data gets in.
import type { APIRequestContext } from '@playwright/test';
import type { Input, MethodName, Output } from '../../../src/contract';
import type { LoanDetail, LoanInput, PaymentInput } from '../../../src/contract/loans';

/** One API call as the page makes it (secret header from the URL fragment); throws on an error result. */
export async function call<M extends MethodName>(request: APIRequestContext, hostUrl: string, method: M, input: Input<M>): Promise<Output<M>> {
  const url = new URL(hostUrl);
  const secret = new URLSearchParams(url.hash.slice(1)).get('secret') ?? '';
  const response = await request.post(`${url.origin}/api/${method}`, {
    headers: { 'x-quietledger-secret': secret, 'content-type': 'application/json' },
    data: input,
  });
  const body = (await response.json()) as { ok: true; value: Output<M> } | { ok: false; error: unknown };
  if (!body.ok) throw new Error(`${method} failed: ${JSON.stringify(body.error)}`);
  return body.value;
}

/** Creates a loan; resolves with the stored loan (its id opens the loan page at `#/loans/<id>`). */
export function seedLoan(request: APIRequestContext, hostUrl: string, loan: LoanInput): Promise<LoanDetail> {
  return call(request, hostUrl, 'loans.create', loan);
}

export function seedPayment(request: APIRequestContext, hostUrl: string, payment: PaymentInput): Promise<LoanDetail> {
  return call(request, hostUrl, 'loans.recordPayment', payment);
}
