import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { ErrorAlert, UNAVAILABLE_KEPT, UNAVAILABLE_TITLE } from './common';

describe('ErrorAlert', () => {
  it('says in French that the service is briefly unavailable (503), as a warning, and that what was typed is kept', () => {
    const { container } = render(<ErrorAlert error={new ApiError(503, 'SERVICE_UNAVAILABLE', 'corr-1')} title="La situation n’a pas été enregistrée" />);
    expect(screen.getByText(UNAVAILABLE_TITLE)).toBeTruthy();
    expect(container.textContent).toContain('Le service est momentanément indisponible. Réessayez dans quelques instants.');
    expect(container.textContent).toContain(UNAVAILABLE_KEPT);
    expect(container.querySelector('.fr-alert--warning')).not.toBeNull();
    expect(container.textContent).not.toMatch(/SERVICE_UNAVAILABLE|503/);
  });

  it('keeps the caller’s title and an error alert for other failures', () => {
    const { container } = render(<ErrorAlert error={new ApiError(422, 'UNPROCESSABLE', 'corr-2')} title="La situation n’a pas été enregistrée" />);
    expect(screen.getByText('La situation n’a pas été enregistrée')).toBeTruthy();
    expect(container.querySelector('.fr-alert--error')).not.toBeNull();
  });
});
