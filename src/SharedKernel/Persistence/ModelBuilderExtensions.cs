using Microsoft.EntityFrameworkCore;
using Posyandu.SharedKernel.Auditing;
using Posyandu.SharedKernel.Messaging;

namespace Posyandu.SharedKernel.Persistence;

internal static class ModelBuilderExtensions
{
    public static void ApplyMessagingTables(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Sequence);
            outbox.Property(m => m.Sequence).ValueGeneratedOnAdd();
            outbox.HasIndex(m => m.MessageId).IsUnique();
            // The dispatcher's query: pending messages due now, in order.
            outbox.HasIndex(m => new { m.Status, m.Sequence });
            outbox.Property(m => m.Type).HasMaxLength(300);
            outbox.Property(m => m.LastError).HasMaxLength(4000);
            // "00-<32 hex trace id>-<16 hex span id>-<2 hex flags>"
            outbox.Property(m => m.TraceParent).HasMaxLength(55);
        });

        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.MessageId, m.Handler });
            inbox.Property(m => m.Handler).HasMaxLength(300);
        });

        modelBuilder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable("audit_entries");
            audit.HasKey(a => a.Id);
            audit.Property(a => a.Id).ValueGeneratedOnAdd();
            audit.Property(a => a.Actor).HasMaxLength(200);
            audit.Property(a => a.Roles).HasMaxLength(300);
            audit.Property(a => a.Module).HasMaxLength(50);
            audit.Property(a => a.Entity).HasMaxLength(100);
            audit.Property(a => a.EntityId).HasMaxLength(100);
            audit.Property(a => a.Action).HasMaxLength(20);
            audit.Property(a => a.RegionCode).HasMaxLength(20);
            audit.HasIndex(a => a.At);
            audit.HasIndex(a => new { a.Entity, a.EntityId });
            audit.HasIndex(a => a.Actor);
        });
    }

    public static void ApplyVersionTokens(this ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes()
                     .Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
        {
            modelBuilder.Entity(entityType.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }
}
