package se.inera.kundportal.local.asl;

/**
 * Where state machine changes go: the engine itself, or a
 * {@link se.inera.kundportal.local.asl.durable.DurableEngine} that saves each machine before the call
 * returns. Reads, executions and task tokens always go to the engine.
 */
public interface StateMachineCatalog {
    StateMachineDescription createStateMachine(String name, String definition, String roleArn);

    StateMachineDescription updateStateMachine(String stateMachineArn, String definition, String roleArn);

    void deleteStateMachine(String stateMachineArn);
}
