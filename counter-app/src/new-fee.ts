import type { Fee } from '@openops/protocol';

/**
 * The fee the procedure editor's "Thêm lệ phí" adds: flat, 0 đ, named by its place ("Lệ phí 2"
 * for the second fee), or the next number no fee of the procedure has yet. Every name differs,
 * so adding fees never makes a draft the unique-name rule refuses before the supervisor has
 * named them. The name is Vietnamese whatever the editor's language: it is the centre's data,
 * printed on citizens' receipts as saved.
 */
export const newFee = (fees: readonly Fee[]): Fee => {
  const taken = new Set(fees.map((fee) => fee.name));
  let number = fees.length + 1;
  while (taken.has(`Lệ phí ${number}`)) number += 1;
  return { name: `Lệ phí ${number}`, amountVnd: 0 };
};
