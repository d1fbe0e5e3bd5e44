/**
 * The AWS Step Functions API of Kundportal's local runtime: the AWS JSON 1.0 protocol that the AWS
 * SDKs speak, served by the JDK's HTTP server on top of the local ASL engine
 * ({@link se.inera.kundportal.local.asl.AslEngine}).
 *
 * <pre>{@code
 * AslEngine engine = new AslEngine(new RealTimeScheduler(2), new LambdaRegistry(), "eu-north-1", "123456789012");
 * StepFunctionsApi api = new StepFunctionsApi(engine)
 *         .registerHandler("arn:aws:lambda:eu-north-1:123456789012:function:NotifyAttestants", new NotifyAttestantsHandler(...));
 * try (StepFunctionsServer server = api.start(8083)) {     // or mount: httpServer.createContext("/", api)
 *     SfnClient sfn = SfnClient.builder().endpointOverride(server.endpoint())...build();
 * }
 * }</pre>
 *
 * <p>Operations: CreateStateMachine, DescribeStateMachine, UpdateStateMachine, ListStateMachines, DeleteStateMachine,
 * StartExecution, DescribeExecution, GetExecutionHistory, ListExecutions, StopExecution,
 * SendTaskSuccess, SendTaskFailure, SendTaskHeartbeat. Others are refused with
 * {@code UnknownOperationException}. Refusals carry the Step Functions error code as {@code __type}
 * (and in {@code x-amzn-ErrorType}) so the SDK raises its typed exception; malformed requests get
 * {@code SerializationException} or {@code ValidationException}, and nothing answers with a stack trace.
 *
 * <p>With a {@link se.inera.kundportal.local.asl.durable.DurableEngine} ({@code new StepFunctionsApi(durable)}),
 * machines created, updated or deleted through the API are saved before the call returns.
 *
 * <p>The JDK's HTTP server needs {@code -Dsun.net.httpserver.nodelay=true} to answer small requests without a
 * 40 ms delayed-ACK stall; {@link se.inera.kundportal.local.sfn.StepFunctionsServer} sets it when nothing has, but
 * the JDK reads it only once, when the first server in the JVM starts.
 */
package se.inera.kundportal.local.sfn;
