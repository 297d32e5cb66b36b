package org.masar.testing;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * CDI's {@link Event} for services wired by hand: each event is handed at once to the observer
 * methods of the objects given that observe it in the transaction (IN_PROGRESS), as the container
 * does. Observers that wait for the transaction's outcome are left out here; the container tier
 * (the *ContainerIT tests) checks those where they run.
 */
public final class SyncEvents<T> implements Event<T> {

    private final List<Object> observers;
    private final List<Object> fired = new ArrayList<>();

    public SyncEvents(Object... observers) {
        this.observers = List.of(observers);
    }

    /** Every event fired so far, in order. */
    public List<Object> fired() {
        return List.copyOf(fired);
    }

    @Override
    public void fire(T event) {
        fired.add(event);
        for (Object observer : observers) {
            for (Class<?> type = observer.getClass(); type != Object.class; type = type.getSuperclass()) {
                for (Method method : type.getDeclaredMethods()) {
                    deliver(observer, method, event);
                }
            }
        }
    }

    private static void deliver(Object observer, Method method, Object event) {
        for (Parameter parameter : method.getParameters()) {
            Observes observes = parameter.getAnnotation(Observes.class);
            if (observes != null && observes.during() == TransactionPhase.IN_PROGRESS
                    && parameter.getType().isInstance(event)) {
                try {
                    method.setAccessible(true);
                    method.invoke(observer, event);
                } catch (InvocationTargetException failed) {
                    if (failed.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(failed.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
        throw new UnsupportedOperationException("no asynchronous events in Masar");
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        throw new UnsupportedOperationException("no asynchronous events in Masar");
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
        return this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        return (Event<U>) this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        return (Event<U>) this;
    }
}
