import { type ReactNode, useEffect, useId, useRef } from 'react';
import { Button } from '../components';

/**
 * A modal question before something that cannot be undone. The native dialog keeps focus inside,
 * closes on Escape (as "cancel") and gives focus back to where it was; the safe choice has focus.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  busy = false,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={textId}>{children}</div>
      <p className="dialog-actions">
        <Button variant="secondary" autoFocus onClick={onCancel}>
          {cancelLabel}
        </Button>{' '}
        <Button disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </p>
    </dialog>
  );
}
