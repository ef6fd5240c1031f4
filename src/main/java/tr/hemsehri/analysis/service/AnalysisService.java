package tr.hemsehri.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.ingest.service.IngestConfig;
import tr.hemsehri.nlp.Analysis;
import tr.hemsehri.nlp.AnalysisRequest;
import tr.hemsehri.nlp.MessageAnalyzer;

/** Validates an ad-hoc analysis request and runs the NLP stage on it. */
@ApplicationScoped
public class AnalysisService {
    @Inject
    MessageAnalyzer analyzer;
    @Inject
    IngestConfig config;

    public Analysis analyze(AnalysisRequest request) {
        if (request == null || request.text() == null) {
            throw ApiException.badRequest("'text' zorunlu");
        }
        if (request.text().length() > config.maxTextLength()) {
            throw ApiException.badRequest("'text' en fazla " + config.maxTextLength() + " karakter olabilir");
        }
        return analyzer.analyze(request);
    }
}
