package org.masar.shared.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import org.masar.shared.domain.NotFound;

/**
 * A page whose view action, or anything it reads before the response starts, meets an id that
 * names nothing the caller may see ({@link NotFound}, unknown and out of scope alike) answers the
 * 404 page rather than the 500 one, whichever page it is. Pages that catch it themselves keep
 * doing so. Registered in faces-config.xml.
 */
public class NotFoundHandlerFactory extends ExceptionHandlerFactory {

    public NotFoundHandlerFactory(ExceptionHandlerFactory wrapped) {
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
            FacesContext faces = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                if (notFound(events.next().getContext().getException()) && !faces.getExternalContext().isResponseCommitted()
                        && !faces.getPartialViewContext().isAjaxRequest()) {
                    events.remove();
                    Faces.notFound();
                    return;
                }
            }
            getWrapped().handle();
        }

        private static boolean notFound(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof NotFound) {
                    return true;
                }
            }
            return false;
        }
    }
}
