package org.copydesk.portal.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.copydesk.portal.control.ApiRefusal;

/** Messages for the person, in their language, from the portal's resource bundle. */
final class Messages {

    private Messages() {
    }

    static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale())
                .format(arguments);
    }

    /** A confirmation; its detail is empty, or Faces would repeat the summary as the detail. */
    static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), ""));
    }

    /** The API's refusal as it gave it: the reason is the API's, the portal adds nothing of its own. */
    static void refused(ApiRefusal refusal) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text("refused"), refusal.getMessage()));
    }
}
