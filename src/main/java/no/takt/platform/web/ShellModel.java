package no.takt.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the menu and the current path (to mark the active item). */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ShellModel {

    @ModelAttribute("menu")
    List<Navigation> menu() {
        return Navigation.MENU;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
