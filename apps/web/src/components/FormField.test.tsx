import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FormField } from './FormField';

afterEach(cleanup);

describe('FormField', () => {
  it('puts the label above its control and names the hint as its description', () => {
    render(
      <FormField label="Reden" hint="Minstens 3 tekens">
        {(control) => <input {...control} />}
      </FormField>,
    );
    const input = screen.getByLabelText('Reden');
    const label = screen.getByText('Reden');
    expect(label.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText('Minstens 3 tekens').id).toBe(input.getAttribute('aria-describedby'));
  });

  it('puts a checkbox before its label in the choice layout, still tied to it', () => {
    render(
      <FormField layout="choice" label="Moderator">
        {(control) => <input type="checkbox" {...control} />}
      </FormField>,
    );
    const checkbox = screen.getByRole('checkbox', { name: 'Moderator' });
    const label = screen.getByText('Moderator');
    expect(checkbox.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(checkbox.parentElement?.className).toBe('form-field form-field-choice');
    label.click();
    expect((checkbox as HTMLInputElement).checked).toBe(true);
  });
});
