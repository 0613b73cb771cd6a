import { graphql } from '../../api/graphql.ts';

// Writes live apart from queries.ts, whose documents the load suite replays as the page's reads.
/** A new status for a task, with a note and evidence; answers with the task and its history. */
export const UPDATE_TASK_STATUS = graphql(`
  mutation UpdateTaskStatus($taskId: ID!, $status: TaskStatus!, $note: String, $evidence: String) {
    updateTaskStatus(taskId: $taskId, status: $status, note: $note, evidence: $evidence) {
      __typename
      ... on MutationUpdateTaskStatusSuccess {
        data { id status overdue history { from to note evidence at by } }
      }
      ... on ValidationError { message problems { path message } }
      ... on Error { message }
    }
  }
`);
