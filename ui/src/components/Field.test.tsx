import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Field } from './Field';

describe('Field', () => {
  it('labels its control and keeps the field classes', () => {
    const { container } = render(
      <Field label="Name" className="flow-field">
        <input data-testid="control" />
      </Field>,
    );
    expect(screen.getByLabelText('Name')).toBe(screen.getByTestId('control'));
    const field = container.firstElementChild!;
    expect(field.className).toBe('field flow-field');
    expect(field.querySelector('.field-label')?.textContent).toBe('Name');
    expect(field.querySelector('.field-error, .field-hint')).toBeNull();
    expect(screen.getByTestId('control').hasAttribute('aria-describedby')).toBe(false);
  });

  it('describes the control by its hint and error, which stay out of its name', () => {
    render(
      <Field label="Cases" hint="How many to draw" error="Too few">
        {(a11y) => <input data-testid="control" {...a11y} />}
      </Field>,
    );
    const control = screen.getByTestId('control');
    expect(screen.getByLabelText('Cases')).toBe(control);
    expect(control.getAttribute('aria-invalid')).toBe('true');
    const described = control.getAttribute('aria-describedby')!.split(' ');
    expect(described.map((id) => document.getElementById(id)?.textContent)).toEqual(['How many to draw', 'Too few']);
    expect(screen.getByRole('alert').textContent).toBe('Too few');
  });

  it('lays out inline and can hide its label visually', () => {
    const { container } = render(
      <Field label="Bundle" inline hideLabel>
        <select />
      </Field>,
    );
    expect(container.firstElementChild!.className).toBe('field-inline');
    expect(container.querySelector('.visually-hidden')?.textContent).toBe('Bundle');
    expect(screen.getByLabelText('Bundle').tagName).toBe('SELECT');
  });
});
