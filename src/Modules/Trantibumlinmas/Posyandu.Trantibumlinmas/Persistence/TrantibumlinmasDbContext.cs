namespace Posyandu.Trantibumlinmas.Persistence;

/// <summary>The module's own tables in its own schema (SQLite: its own file); one subclass per provider, each with its migrations.</summary>
public class TrantibumlinmasDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public override string Schema => TrantibumlinmasModule.ModuleName;

    public DbSet<TrantibumlinmasPosyandu> Posyandu => Set<TrantibumlinmasPosyandu>();

    public DbSet<TrantibumlinmasResident> Residents => Set<TrantibumlinmasResident>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<IncidentReporter> IncidentReporters => Set<IncidentReporter>();

    public DbSet<VillageHazard> Hazards => Set<VillageHazard>();

    public DbSet<HazardInformation> HazardInformation => Set<HazardInformation>();

    public DbSet<EvacuationPoint> EvacuationPoints => Set<EvacuationPoint>();

    public DbSet<PreparednessSession> PreparednessSessions => Set<PreparednessSession>();

    public DbSet<LinmasMember> LinmasMembers => Set<LinmasMember>();

    public DbSet<Poskamling> Poskamling => Set<Poskamling>();

    public DbSet<PoskamlingCheck> PoskamlingChecks => Set<PoskamlingCheck>();

    public DbSet<SafetyEquipment> Equipment => Set<SafetyEquipment>();

    public DbSet<PatrolMonth> Patrols => Set<PatrolMonth>();

    public DbSet<Approval> Approvals => Set<Approval>();

    public DbSet<ServiceRequest> ServiceRequests => Set<ServiceRequest>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrantibumlinmasDbContext).Assembly);
        modelBuilder.AddServiceRequests();
        modelBuilder.AddApprovals();
    }
}

internal sealed class TrantibumlinmasSqliteDbContext(DbContextOptions<TrantibumlinmasSqliteDbContext> options) : TrantibumlinmasDbContext(options);

internal sealed class TrantibumlinmasSqlServerDbContext(DbContextOptions<TrantibumlinmasSqlServerDbContext> options) : TrantibumlinmasDbContext(options);
