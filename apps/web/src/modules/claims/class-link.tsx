import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { classQuery } from '../classes/classes-api';

/** The class a claim is for, by its name (its code while the name loads), linking to the class. */
export function ClassLink({ classId }: { classId: string | null }) {
  const found = useQuery({ ...classQuery(classId ?? ''), enabled: classId !== null });
  if (!classId) return <>—</>;
  const text = found.data ? `${found.data.code} ${found.data.name}` : '…';
  return (
    <Link to={`/app/classes/${classId}`} data-testid="claim-class-link">
      {text}
    </Link>
  );
}
