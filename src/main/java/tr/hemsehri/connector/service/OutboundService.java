package tr.hemsehri.connector.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.connector.api.Connector;
import tr.hemsehri.connector.api.ConnectorException;
import tr.hemsehri.connector.api.ReplyTarget;
import tr.hemsehri.connector.api.SentMessage;
import tr.hemsehri.connector.poll.ConnectorRegistry;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.model.Visibility;

/**
 * Sends our answer to a stored citizen message through its platform's connector and records it as an OUT
 * message under the platform's id, so it is never ingested back as a citizen message, plus a delivery row
 * that WhatsApp status webhooks update later.
 */
@ApplicationScoped
public class OutboundService {
    @Inject
    ConnectorRegistry registry;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    SendOutcomes outcomes;

    /** Answers publicly in the thread of the citizen message {@code externalId}. */
    public SentMessage replyPublic(Platform platform, String externalId, String text) {
        return send(platform, externalId, text, true);
    }

    /** Writes privately to the author of {@code externalId} (DM, private reply, WhatsApp). */
    public SentMessage sendPrivate(Platform platform, String externalId, String text) {
        return send(platform, externalId, text, false);
    }

    private SentMessage send(Platform platform, String externalId, String text, boolean publicly) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("Yanıt metni boş olamaz");
        }
        Connector connector = registry.connector(platform).filter(c -> c.channel() != null)
                .orElseThrow(() -> new ApiException(409, "Kanal kapalı", platform + " kanalı etkin değil"));
        Inbound in = inbound(platform, externalId);
        ReplyTarget target = new ReplyTarget(externalId, in.thread, in.authorId, in.visibility,
                lastPrivateInbound(platform, in.authorId));
        SentMessage sent;
        try {
            sent = publicly ? connector.replyPublic(target, text) : connector.sendPrivate(target, text);
        } catch (ConnectorException e) {
            outcomes.failed(platform, e);
            int status = switch (e.kind()) {
                case REJECTED -> 422;
                case RATE_LIMITED -> 429;
                case AUTH -> 409;
                default -> 502;
            };
            throw new ApiException(status, "Platform yanıtı gönderemedi", e.getMessage());
        }
        outcomes.sent(platform);
        record(platform, in, sent, text);
        return sent;
    }

    private record Inbound(Long accountId, Long caseId, String thread, String authorId, Visibility visibility) {
    }

    private Inbound inbound(Platform platform, String externalId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select account_id, case_id, coalesce(thread_external_id, external_id), author_id, visibility
                from messages where platform = ? and external_id = ? and direction = 'IN'""")) {
            ps.setString(1, platform.name());
            ps.setString(2, externalId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ApiException.notFound("Mesaj bulunamadı: " + externalId);
                }
                return new Inbound((Long) rs.getObject(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4),
                        Visibility.valueOf(rs.getString(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** When the citizen last wrote to us privately; Messenger and WhatsApp allow free-form answers for 24 hours. */
    private Instant lastPrivateInbound(Platform platform, String authorId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select max(created_at) from messages
                where platform = ? and author_id = ? and direction = 'IN' and visibility = 'PRIVATE'""")) {
            ps.setString(1, platform.name());
            ps.setString(2, authorId);
            try (ResultSet rs = ps.executeQuery()) {
                Timestamp t = rs.next() ? rs.getTimestamp(1) : null;
                return t == null ? null : t.toInstant();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void record(Platform platform, Inbound in, SentMessage sent, String text) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into messages (platform, external_id, account_id, case_id, thread_external_id,
                        parent_external_id, author_id, text, direction, visibility, created_at)
                    select ?, ?, ?, ?, ?, ?, a.external_user_id, ?, 'OUT', ?, now()
                    from connector_accounts a where a.id = ?
                    on conflict (platform, external_id) do nothing""")) {
                ps.setString(1, platform.name());
                ps.setString(2, sent.externalId());
                ps.setObject(3, in.accountId);
                ps.setObject(4, in.caseId);
                ps.setString(5, sent.threadExternalId());
                ps.setString(6, sent.parentExternalId());
                ps.setString(7, text);
                ps.setString(8, sent.visibility().name());
                ps.setObject(9, in.accountId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into connector_outbound (platform, external_id, account_id, recipient, visibility, kind)
                    values (?, ?, ?, ?, ?, ?) on conflict do nothing""")) {
                ps.setString(1, platform.name());
                ps.setString(2, sent.externalId());
                ps.setObject(3, in.accountId);
                ps.setString(4, sent.recipient());
                ps.setString(5, sent.visibility().name());
                ps.setString(6, sent.kind());
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            // The platform already accepted the message; losing our copy must not make staff send it twice.
            throw new IllegalStateException("Sent " + sent.externalId() + " but could not record it", e);
        }
    }
}
