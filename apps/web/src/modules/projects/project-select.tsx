import { isPublic } from '@qiancheng/domain/projects/project-lifecycle';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../app/i18n/locale-context';
import { projectMessages } from './messages';
import { type Project, projectsQuery } from './projects-api';

type SelectValue = string | string[] | undefined;

interface ProjectSelectProps {
  value?: SelectValue;
  onChange?: (value: SelectValue) => void;
  multiple?: boolean;
  /** Projects already chosen elsewhere (already in the catalogue). */
  exclude?: readonly string[];
  'data-testid'?: string;
}

/**
 * Picks public projects by title or occupation, searching on the server. Drafts and withdrawn
 * projects are listed but cannot be chosen: only what the public can see goes into a catalogue.
 */
export function ProjectSelect({
  value,
  onChange,
  multiple = false,
  exclude = [],
  ...rest
}: ProjectSelectProps) {
  const t = useT(projectMessages);
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const results = useQuery({
    ...projectsQuery({ q: q || undefined, page: 1, pageSize: 50 }),
    placeholderData: keepPreviousData,
  });
  // Chosen projects keep their labels when a later search no longer returns them.
  const seen = useRef(new Map<string, Project>());
  for (const project of results.data?.items ?? []) seen.current.set(project.id, project);

  const options = useMemo(() => {
    const chosen = new Set(Array.isArray(value) ? value : value ? [value] : []);
    const shown = new Map<string, Project>();
    for (const id of chosen) {
      const project = seen.current.get(id);
      if (project) shown.set(id, project);
    }
    for (const project of results.data?.items ?? []) shown.set(project.id, project);
    return [...shown.values()]
      .filter((project) => !exclude.includes(project.id))
      .map((project) => ({
        value: project.id,
        label: `${project.title}（${project.regionName}）`,
        disabled: !isPublic(project.status),
      }));
  }, [results.data, value, exclude]);

  return (
    <Select<SelectValue>
      mode={multiple ? 'multiple' : undefined}
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      allowClear
      loading={results.isFetching}
      placeholder={t('searchPlaceholder')}
      options={options}
      data-testid={rest['data-testid']}
    />
  );
}
