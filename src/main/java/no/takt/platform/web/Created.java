package no.takt.platform.web;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** 201 Created with the new resource's {@code Location}, as every create in the API answers. */
public final class Created {

    private Created() {
    }

    public static <T> ResponseEntity<T> at(Object id, T body) {
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(body);
    }
}
