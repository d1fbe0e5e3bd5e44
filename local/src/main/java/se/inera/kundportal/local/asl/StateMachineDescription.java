package se.inera.kundportal.local.asl;

import java.time.Instant;

/** A created state machine, as DescribeStateMachine returns it (Standard type only). */
public record StateMachineDescription(String stateMachineArn, String name, String definition, String roleArn,
        Instant creationDate) {}
