package org.masar.shared.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A form posted after its page state expired (a tablet left open over lunch) reopens the same
 * page with a message, instead of an error page. Registered in faces-config.xml.
 */
public class ViewExpiredHandlerFactory extends ExceptionHandlerFactory {

    public ViewExpiredHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable failure = events.next().getContext().getException();
                if (failure instanceof ViewExpiredException expired) {
                    events.remove();
                    reopen(expired.getViewId());
                    return;
                }
            }
            getWrapped().handle();
        }

        private static void reopen(String viewId) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            Faces.error(null, "error.viewExpired");
            external.getFlash().setKeepMessages(true);
            try {
                external.redirect(external.getRequestContextPath() + (viewId == null ? "/" : viewId));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
