package se.inera.kundportal.local.runtime;

/** The region, account and stack name the local runtime pretends to run in; every local ARN is built from them. */
record LocalAccount(String region, String accountId, String stackName) {
    String functionArn(String functionName) {
        return "arn:aws:lambda:" + region + ":" + accountId + ":function:" + functionName;
    }

    String stateMachineArn(String name) {
        return "arn:aws:states:" + region + ":" + accountId + ":stateMachine:" + name;
    }

    /** The execution role a state machine would have; the local engine records it but grants nothing by it. */
    String stateMachineRoleArn(String name) {
        return "arn:aws:iam::" + accountId + ":role/" + stackName + "-" + name + "Role";
    }
}
