package se.inera.kundportal.functions.workflow;

import java.lang.System.Logger.Level;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.inera.kundportal.core.workflow.ResumeOutcome;
import se.inera.kundportal.core.workflow.TaskTokenResumer;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

/**
 * {@link TaskTokenResumer} with Step Functions' {@code SendTaskSuccess}. A token that Step Functions no longer
 * knows ({@code TaskDoesNotExist}, {@code InvalidToken}, {@code TaskTimedOut}) means the wait is
 * already over: someone else resumed it, it timed out to send a reminder (the next wait sees the
 * stored state and continues by itself), or the execution was stopped. That is reported as
 * {@link ResumeOutcome#NOTHING_WAITING}, never as an error an HTTP caller would see.
 */
public final class SfnTaskTokenResumer implements TaskTokenResumer {
    private static final System.Logger LOG = System.getLogger(SfnTaskTokenResumer.class.getName());

    private final SfnClient sfn;
    private final ObjectMapper json;

    public SfnTaskTokenResumer(SfnClient sfn, ObjectMapper json) {
        this.sfn = Objects.requireNonNull(sfn, "sfn");
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    public ResumeOutcome resume(String taskToken, Object output, String what) {
        String outputJson;
        try {
            outputJson = json.writeValueAsString(output);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Task output is not serialisable: " + output.getClass(), e);
        }
        try {
            sfn.sendTaskSuccess(request -> request.taskToken(taskToken).output(outputJson));
            LOG.log(Level.INFO, () -> "Resumed the workflow waiting for " + what);
            return ResumeOutcome.RESUMED;
        } catch (TaskDoesNotExistException | InvalidTokenException | TaskTimedOutException over) {
            LOG.log(Level.INFO, () -> "The wait for " + what + " was already over ("
                    + over.awsErrorDetails().errorCode() + "); nothing to resume");
            return ResumeOutcome.NOTHING_WAITING;
        }
    }
}
