interface Props {
  /** Shown as is: refusals from the background already say what happened and what to do. */
  message: string | null | undefined;
  id?: string;
}

/** An error the user must notice: announced at once by screen readers (role="alert"). */
export function ErrorNotice({ message, id }: Props) {
  if (!message) return null;
  return (
    <p class="notice notice-error" role="alert" id={id}>
      {message}
    </p>
  );
}
