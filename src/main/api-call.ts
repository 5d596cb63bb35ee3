// The shell calls the backend through the same untyped dispatch as the window; this gives those calls
// the method table's input and output types, so main never guesses at a result's shape.
import type { ApiResult, Input, MethodName, Output } from '../contract';
import type { Dispatch } from '../backend/dispatch';

export async function callApi<M extends MethodName>(
  dispatch: Dispatch,
  method: M,
  input: Input<M>,
): Promise<ApiResult<Output<M>>> {
  // dispatch validated the input against `method`'s schema and ran its handler, so the value is Output<M>.
  return (await dispatch(method, input)) as ApiResult<Output<M>>;
}
