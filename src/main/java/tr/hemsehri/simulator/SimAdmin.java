package tr.hemsehri.simulator;

import java.util.LinkedHashMap;
import java.util.Map;
import tr.hemsehri.simulator.SimServer.Request;
import tr.hemsehri.simulator.SimServer.Response;

/**
 * A simulator's admin endpoints under {@code /__admin}, for tests and demos driving it from outside the JVM:
 * {@code POST faults?type=&times=}, {@code DELETE faults}, {@code POST emit?count=}, {@code GET records},
 * {@code GET threads/{id}}.
 */
final class SimAdmin {
    private SimAdmin() {
    }

    static Response serve(SimServer sim, Request req) {
        String p = req.path().substring("/__admin".length());
        if (p.equals("/faults") && req.method().equals("POST")) {
            sim.inject(Fault.valueOf(req.q("type")), Integer.parseInt(req.query().getOrDefault("times", "1")));
            return Response.json(204, "");
        }
        if (p.equals("/faults") && req.method().equals("DELETE")) {
            sim.clearFaults();
            return Response.json(204, "");
        }
        if (p.equals("/emit") && req.method().equals("POST")) {
            return Response.json(200, sim.json(sim.emit(Integer.parseInt(req.query().getOrDefault("count", "1")))));
        }
        if (p.equals("/records")) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("created", sim.citizenItems().stream().map(SimItem::id).toList());
            r.put("received", sim.received);
            r.put("requests", sim.requestCount());
            return Response.json(200, sim.json(r));
        }
        if (p.startsWith("/threads/")) {
            return Response.json(200, sim.json(sim.thread(p.substring("/threads/".length()))));
        }
        return Response.json(404, "{\"error\":\"unknown admin path\"}");
    }
}
