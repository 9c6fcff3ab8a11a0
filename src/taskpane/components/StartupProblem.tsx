import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export function StartupProblem({ message }: { message: string }) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>TrustTier could not start</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
