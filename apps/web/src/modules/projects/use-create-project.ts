import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useNavigate } from 'react-router';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { projectMessages } from './messages';
import { createProject, type NewProject, PROJECTS_QUERY_ROOT } from './projects-api';

/**
 * Builds a draft project from demand lines ("用什么、学什么") and opens it for editing: the server
 * fills occupation, level, posts and skills from the lines, staff complete the rest.
 */
export function useCreateProject() {
  const t = useT(projectMessages);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter();
  return useMutation({
    mutationFn: (project: NewProject) => createProject(project),
    onSuccess: (project) => {
      message.success(t('created', { title: project.title }));
      void queryClient.invalidateQueries({ queryKey: PROJECTS_QUERY_ROOT });
      navigate(`/app/projects/${project.id}`);
    },
    onError: reportError,
  });
}
