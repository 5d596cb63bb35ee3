// Deleting a loan always goes through one confirmation dialog that names the loan.
import { useDialog } from 'naive-ui';
import { useI18n } from 'vue-i18n';
import type { Loan } from '../../../../contract/loans';
import { useNotify } from '../../composables/use-notify';
import { useLoansStore } from '../../stores/loans';

/** Returns `confirmDelete(loan)`, resolving true once the loan is deleted, false if the user backs out. */
export function useLoanDelete(): (loan: Pick<Loan, 'id' | 'name'>) => Promise<boolean> {
  const dialog = useDialog();
  const { t } = useI18n();
  const notify = useNotify();
  const loans = useLoansStore();
  return (loan) =>
    new Promise<boolean>((resolve) => {
      dialog.warning({
        title: t('loans.deleteTitle'),
        content: t('loans.deleteBody', { name: loan.name }),
        positiveText: t('common.delete'),
        negativeText: t('common.cancel'),
        positiveButtonProps: { type: 'error' },
        autoFocus: true,
        onPositiveClick: async () => {
          try {
            await loans.remove(loan.id);
            notify.success(t('loans.deleted'));
            resolve(true);
          } catch (error) {
            notify.error(error);
            resolve(false);
          }
        },
        onNegativeClick: () => resolve(false),
        onClose: () => resolve(false),
        onMaskClick: () => resolve(false),
        onEsc: () => resolve(false),
      });
    });
}
