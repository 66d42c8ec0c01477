using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Posyandu.SharedKernel.Auditing;
using Posyandu.SharedKernel.Errors;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.Time;

namespace Posyandu.SharedKernel.Persistence;

/// <summary>
/// Base of every module's DbContext: puts the module's tables in its own schema, adds the module's outbox and inbox
/// tables, makes <see cref="IVersioned.Version"/> a concurrency token, and offers <see cref="Publish"/> so an
/// integration event is saved by the same SaveChanges as the change that raised it.
/// It also enforces the caller's <see cref="DataScope"/>: a global query filter hides every
/// <see cref="IRegionScoped"/> / <see cref="IPosyanduScoped"/> row outside it, and saving such a row outside it fails.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The module's schema (SQL Server) — the module name, e.g. <c>health</c>.</summary>
    public abstract string Schema { get; }

    private static readonly MethodInfo ApplyScopeFilterMethod =
        typeof(ModuleDbContext).GetMethod(nameof(ApplyScopeFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private ICurrentUser? _currentUser;

    private TimeProvider? _time;

    /// <summary>The caller (from the application's DI scope): outside a request, the system.</summary>
    private ICurrentUser CurrentUser => _currentUser ??= this.GetService<ICurrentUser>();

    /// <summary>The application clock (from the application's DI scope): outbox and audit instants follow it.</summary>
    private TimeProvider Time => _time ??= this.GetService<TimeProvider>();

    /// <summary>What the caller may see; every query on scoped entities is filtered by it.</summary>
    public DataScope Scope => CurrentUser.Scope;

    /// <summary>Who is changing data through this context, as the audit trail names them.</summary>
    public AuditActor Actor => AuditActor.From(CurrentUser);

    // The query filters read these two members of the context instance, which EF turns into query parameters.
    private string? ScopeRegionPrefix => Scope.RegionPrefix;

    private Guid? ScopePosyanduId => Scope.PosyanduId;

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>
    /// Records that the caller read one individual's record (by id or by NIK); saved at once, since queries have
    /// no unit of work. Writes need no call: every insert, update and delete is audited on save.
    /// </summary>
    public async Task RecordReadAsync(string entity, string entityId, string? regionCode, CancellationToken cancellationToken)
    {
        AuditEntries.Add(Audit(entity, entityId, AuditActions.Read, regionCode));
        using var writer = await EnterWriterAsync(cancellationToken).ConfigureAwait(false);
        await base.SaveChangesAsync(true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records that the caller read a list of people (a search page, a worklist): ONE line for the request naming every
    /// person returned in <see cref="AuditEntry.Subjects"/>, so bulk reads are as traceable as single ones. An empty
    /// list is recorded too (who searched, and found nothing). <paramref name="regionCode"/> is the narrowest region
    /// the list was read in (the caller's scope or the region asked for), so a regional coordinator sees the line.
    /// </summary>
    public async Task RecordListReadAsync(string entity, IEnumerable<Guid> ids, string? regionCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var subjects = ids.Distinct().Select(id => id.ToString()).ToList();
        var line = Audit(entity, $"{subjects.Count} listed", AuditActions.List, regionCode ?? Scope.RegionPrefix);
        AuditEntries.Add(new AuditEntry
        {
            At = line.At, Actor = line.Actor, Roles = line.Roles, Module = line.Module, Entity = line.Entity,
            EntityId = line.EntityId, Action = line.Action, RegionCode = line.RegionCode, Subjects = string.Join(',', subjects),
        });
        using var writer = await EnterWriterAsync(cancellationToken).ConfigureAwait(false);
        await base.SaveChangesAsync(true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records a look-up (e.g. by NIK): <paramref name="entityId"/> is the record found, or a keyed hash of what was asked.</summary>
    public async Task RecordLookupAsync(string entity, string entityId, string? regionCode, CancellationToken cancellationToken)
    {
        AuditEntries.Add(Audit(entity, entityId, AuditActions.Lookup, regionCode ?? Scope.RegionPrefix));
        using var writer = await EnterWriterAsync(cancellationToken).ConfigureAwait(false);
        await base.SaveChangesAsync(true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Starts a <see cref="WriteBatch"/>: the saves that follow (e.g. several commands sent in one scope, or several
    /// event deliveries) commit together when the batch commits, and vanish together if it does not.
    /// </summary>
    public Task<WriteBatch> BeginWriteBatchAsync(CancellationToken cancellationToken) => WriteBatch.BeginAsync(this, cancellationToken);

    /// <summary>Inside a <see cref="WriteBatch"/>, which already holds the database file's write gate.</summary>
    internal bool InWriteBatch { get; set; }

    private async ValueTask<IDisposable?> EnterWriterAsync(CancellationToken cancellationToken) =>
        InWriteBatch ? null : await SqliteWriteGate.EnterAsync(this, cancellationToken).ConfigureAwait(false);

    /// <summary>True when events were published since the last successful save; read by the outbox trigger.</summary>
    internal bool HasUnsignalledOutboxMessages { get; set; }

    /// <summary>Adds <paramref name="integrationEvent"/> to this module's outbox; it is committed with the next SaveChanges.</summary>
    public void Publish(IIntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        OutboxMessages.Add(new OutboxMessage(
            Guid.CreateVersion7(),
            IntegrationEventSerializer.TypeName(integrationEvent.GetType()),
            IntegrationEventSerializer.Serialize(integrationEvent),
            Time.UtcNow(),
            OutboxTelemetry.CurrentTraceParent()));
        HasUnsignalledOutboxMessages = true;
    }

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyMessagingTables();
        ConfigureModel(modelBuilder);
        modelBuilder.ApplyVersionTokens();
        foreach (var entityType in modelBuilder.Model.GetEntityTypes()
                     .Where(t => t.BaseType is null && typeof(IRegionScoped).IsAssignableFrom(t.ClrType)).ToList())
        {
            ApplyScopeFilterMethod.MakeGenericMethod(entityType.ClrType).Invoke(this, [modelBuilder]);
        }
    }

    private void ApplyScopeFilter<T>(ModelBuilder modelBuilder)
        where T : class, IRegionScoped
    {
        if (typeof(IPosyanduScoped).IsAssignableFrom(typeof(T)))
        {
            modelBuilder.Entity<T>().HasQueryFilter(e =>
                (ScopeRegionPrefix == null || e.RegionCode.StartsWith(ScopeRegionPrefix))
                && (ScopePosyanduId == null || ((IPosyanduScoped)e).PosyanduId == ScopePosyanduId));
        }
        else
        {
            modelBuilder.Entity<T>().HasQueryFilter(e => ScopeRegionPrefix == null || e.RegionCode.StartsWith(ScopeRegionPrefix));
        }
    }

    /// <summary>The module's own model: apply its entity configurations here.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        using var detectOnce = BeforeSave();
        using var writer = InWriteBatch ? null : SqliteWriteGate.Enter(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>Audits and guards the changes, then commits them as the database file's only writer (<see cref="SqliteWriteGate"/>).</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        using var detectOnce = BeforeSave();
        using var writer = await EnterWriterAsync(cancellationToken).ConfigureAwait(false);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Detects changes once, then checks, versions and audits them with automatic detection off until the save ends:
    /// each <c>ChangeTracker.Entries()</c> would otherwise compare every tracked property again (four passes plus the
    /// save's own), which was the largest CPU cost of a write. What follows changes entities only through the change
    /// tracker (<c>Add</c>, <c>entry.Property(...).CurrentValue</c>), so nothing goes unseen.
    /// </summary>
    private AutoDetectSuspension BeforeSave()
    {
        ChangeTracker.DetectChanges();
        var suspension = new AutoDetectSuspension(ChangeTracker);
        try
        {
            GuardAndAudit();
            return suspension;
        }
        catch
        {
            suspension.Dispose();
            throw;
        }
    }

    private sealed class AutoDetectSuspension : IDisposable
    {
        private readonly ChangeTracker _tracker;
        private readonly bool _was;

        public AutoDetectSuspension(ChangeTracker tracker)
        {
            (_tracker, _was) = (tracker, tracker.AutoDetectChangesEnabled);
            tracker.AutoDetectChangesEnabled = false;
        }

        public void Dispose() => _tracker.AutoDetectChangesEnabled = _was;
    }

    private void GuardAndAudit()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit trail is append-only: audit entries cannot be changed or deleted.");
        }

        TouchOwnersOfChangedOwnedEntities();
        foreach (var entry in ChangeTracker.Entries<IRegionScoped>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified && !Scope.CanSee(entry.Entity))
            {
                throw new ForbiddenException($"You may not record data for region {entry.Entity.RegionCode}: it is outside your scope.");
            }
        }

        BumpVersions();
        AuditChanges();
    }

    /// <summary>
    /// An owned collection (a Posyandu's pengurus with their names and phone numbers, a kader's trainings, an
    /// out-of-school case's follow-up actions) is part of its owner: a change to it alone is a change of the owner. The
    /// owner is marked modified, so its version moves (a new ETag: a client holding the old list gets 412) and the trail
    /// gets one <c>update</c> line for it (UU 27/2022 Art. 31: changes to personal data are recorded) — not one per
    /// owned row, which has no identity of its own to an auditor.
    /// </summary>
    private void TouchOwnersOfChangedOwnedEntities()
    {
        var owned = ChangeTracker.Entries()
            .Where(e => e.Metadata.IsOwned() && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        foreach (var entry in owned)
        {
            if (OwnerOf(entry) is not { State: EntityState.Unchanged } owner)
            {
                continue; // added, changed or deleted already: versioned and audited as such
            }

            if (owner.Entity is IVersioned)
            {
                owner.Property(nameof(IVersioned.Version)).IsModified = true; // BumpVersions then moves it
            }
            else
            {
                owner.State = EntityState.Modified;
            }
        }
    }

    /// <summary>The aggregate root that owns <paramref name="owned"/> (through nested ownership), found by its key.</summary>
    private EntityEntry? OwnerOf(EntityEntry owned)
    {
        var ownership = owned.Metadata.FindOwnership()!;
        var key = ownership.Properties
            .Select(p => owned.State == EntityState.Deleted ? owned.Property(p.Name).OriginalValue : owned.Property(p.Name).CurrentValue)
            .ToList();
        var owner = ChangeTracker.Entries().FirstOrDefault(e => e.Metadata == ownership.PrincipalEntityType
            && ownership.PrincipalKey.Properties.Select(p => e.Property(p.Name).CurrentValue).SequenceEqual(key));
        return owner is not null && owner.Metadata.IsOwned() ? OwnerOf(owner) : owner;
    }

    private void AuditChanges()
    {
        var now = Time.UtcNow();
        var entries = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                        && e.Entity is not (OutboxMessage or InboxMessage or AuditEntry or IReadModel) && !e.Metadata.IsOwned())
            .ToList();
        foreach (var entry in entries)
        {
            var action = entry.State switch
            {
                EntityState.Added => AuditActions.Create,
                EntityState.Deleted => AuditActions.Delete,
                _ => AuditActions.Update,
            };
            // Ids generated by the database are not known before the save; our aggregates use client-side Guids.
            var key = entry.Metadata.FindPrimaryKey()!.Properties
                .Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture));
            AuditEntries.Add(Audit(entry.Metadata.ClrType.Name, string.Join("/", key), action, (entry.Entity as IRegionScoped)?.RegionCode, now));
        }
    }

    private AuditEntry Audit(string entity, string entityId, string action, string? regionCode, DateTime? at = null) => new()
    {
        At = at ?? Time.UtcNow(),
        Actor = Actor.Id,
        Roles = Actor.Roles,
        Module = Schema,
        Entity = entity,
        EntityId = entityId,
        Action = action,
        RegionCode = regionCode,
    };

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                // Through the entry, so the change is tracked without another detection pass; the original value
                // stays the concurrency check.
                entry.Property(e => e.Version).CurrentValue = entry.Entity.Version + 1;
            }
        }
    }
}
