// Seeds data straight through the host's HTTP API (the same call the UI makes), for specs that test
// how screens look rather than how data gets in.
import type { APIRequestContext } from '@playwright/test';
import type { LoanInput } from '../../../src/contract/loans';

export async function seedLoan(request: APIRequestContext, hostUrl: string, loan: LoanInput): Promise<void> {
  const url = new URL(hostUrl);
  const secret = new URLSearchParams(url.hash.slice(1)).get('secret') ?? '';
  const response = await request.post(`${url.origin}/api/loans.create`, {
    headers: { 'x-quietledger-secret': secret, 'content-type': 'application/json' },
    data: loan,
  });
  const body = (await response.json()) as { ok: boolean };
  if (!body.ok) throw new Error(`seeding a loan failed: ${JSON.stringify(body)}`);
}
