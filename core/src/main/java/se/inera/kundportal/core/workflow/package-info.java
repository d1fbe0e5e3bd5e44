/**
 * Ports between the domain and the workflows that orchestrate it (Step Functions in AWS, the
 * local ASL engine when run locally): starting onboarding, keeping task tokens server-side while
 * a workflow waits for a person ({@link se.inera.kundportal.core.workflow.WorkflowCallbacks}), and
 * resuming it when that person has acted ({@link se.inera.kundportal.core.workflow.WorkflowResumer}).
 *
 * <p>Every wait for a person goes through the one {@link se.inera.kundportal.core.workflow.Rendezvous}:
 * the person's side stores the state change with a conditional write first, then wakes; the workflow's
 * waiting step parks its token first, then checks whether the state change already happened and, if so,
 * wakes itself. A scheduled sweeper ({@link se.inera.kundportal.core.workflow.Rendezvous#heal}) checks every
 * parked wait again every few minutes, so a lost wake-up heals itself.
 */
package se.inera.kundportal.core.workflow;
