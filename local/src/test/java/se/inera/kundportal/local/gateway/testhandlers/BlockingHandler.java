package se.inera.kundportal.local.gateway.testhandlers;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

/** Never finishes on its own: waits until interrupted (the gateway cancels it after the function's timeout). */
public final class BlockingHandler implements RequestHandler<APIGatewayV2HTTPEvent, String> {
    public static final CountDownLatch INTERRUPTED = new CountDownLatch(1);
    public static final Semaphore STARTED = new Semaphore(0);

    @Override
    public String handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        STARTED.release();
        try {
            new CountDownLatch(1).await();
            return "never";
        } catch (InterruptedException e) {
            INTERRUPTED.countDown();
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
