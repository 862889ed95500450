import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { CellComposition, Meeting } from '../../api/views';
import { ErrorAlert, Section } from '../../components/common';

/** Who sat in the meeting: the cell and its member organisations, ticked by the coordinator (one request per tick). */
export function MeetingAttendees({ meeting, cell, editable, onChange }: { meeting: Meeting; cell: CellComposition | undefined; editable: boolean; onChange(): Promise<unknown> }) {
  const present = new Set(meeting.attendees.map((a) => a.organisationId));
  // A tick shows at once; the meeting as reloaded after the answer has the last word.
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  const toggle = useMutation({
    mutationFn: ({ id, on }: { id: string; on: boolean }) =>
      on
        ? unwrap(api.POST('/api/meetings/{id}/attendees', { params: { path: { id: meeting.id } }, body: { organisationId: id } }))
        : unwrap(api.DELETE('/api/meetings/{id}/attendees/{organisationId}', { params: { path: { id: meeting.id, organisationId: id } } })),
    onSettled: async (_d, _e, v) => {
      await onChange();
      setTicked(({ [v.id]: _done, ...rest }) => rest);
    },
  });
  const organisations = cell ? [{ id: cell.id, name: cell.name }, ...cell.memberOrganisations] : [];
  return (
    <Section title="Participants" id="participants">
      {editable ? (
        <>
          <ErrorAlert error={toggle.error} />
          <Checkbox
            legend="Organisations présentes"
            hintText="Cochez les organisations membres de la cellule présentes à la réunion."
            orientation="vertical"
            options={organisations.map((o) => ({
              label: o.name,
              nativeInputProps: {
                name: 'attendees',
                value: o.id,
                checked: ticked[o.id] ?? present.has(o.id),
                onChange: (e) => {
                  const on = e.target.checked;
                  setTicked((t) => ({ ...t, [o.id]: on }));
                  toggle.mutate({ id: o.id, on });
                },
              },
            }))}
          />
        </>
      ) : (
        <p>{meeting.attendees.map((a) => a.name ?? 'Organisation').join(', ') || 'Aucune organisation enregistrée pour l’instant.'}</p>
      )}
    </Section>
  );
}
