package se.inera.kundportal.local.sfn;

import se.inera.kundportal.local.asl.AslEngine;
import se.inera.kundportal.local.asl.StateMachineDescription;
import se.inera.kundportal.local.asl.durable.DurableEngine;

/**
 * Where the API's state machine changes go: straight to the engine, or through a
 * {@link DurableEngine} that saves each machine before the call returns. Everything else (reads,
 * executions, task tokens) always goes to the engine.
 */
public interface StateMachineCatalog {
    StateMachineDescription createStateMachine(String name, String definition, String roleArn);

    StateMachineDescription updateStateMachine(String stateMachineArn, String definition, String roleArn);

    void deleteStateMachine(String stateMachineArn);

    static StateMachineCatalog of(AslEngine engine) {
        return new StateMachineCatalog() {
            @Override
            public StateMachineDescription createStateMachine(String name, String definition, String roleArn) {
                return engine.createStateMachine(name, definition, roleArn);
            }

            @Override
            public StateMachineDescription updateStateMachine(String stateMachineArn, String definition, String roleArn) {
                return engine.updateStateMachine(stateMachineArn, definition, roleArn);
            }

            @Override
            public void deleteStateMachine(String stateMachineArn) {
                engine.deleteStateMachine(stateMachineArn);
            }
        };
    }

    static StateMachineCatalog of(DurableEngine durable) {
        return new StateMachineCatalog() {
            @Override
            public StateMachineDescription createStateMachine(String name, String definition, String roleArn) {
                return durable.createStateMachine(name, definition, roleArn);
            }

            @Override
            public StateMachineDescription updateStateMachine(String stateMachineArn, String definition, String roleArn) {
                return durable.updateStateMachine(stateMachineArn, definition, roleArn);
            }

            @Override
            public void deleteStateMachine(String stateMachineArn) {
                durable.deleteStateMachine(stateMachineArn);
            }
        };
    }
}
