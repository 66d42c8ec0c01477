namespace Posyandu.Social.Persistence;

/// <summary>The module's own tables in its own schema (SQLite: its own file); one subclass per provider, each with its migrations.</summary>
public class SocialDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public override string Schema => SocialModule.ModuleName;

    public DbSet<SocialPosyandu> Posyandu => Set<SocialPosyandu>();

    public DbSet<SocialHousehold> Households => Set<SocialHousehold>();

    public DbSet<SocialResident> Residents => Set<SocialResident>();

    public DbSet<PpksCase> PpksCases => Set<PpksCase>();

    public DbSet<PpksStatusChange> PpksStatusChanges => Set<PpksStatusChange>();

    public DbSet<DisabilityRecord> Disabilities => Set<DisabilityRecord>();

    public DbSet<DtsenCheck> DtsenChecks => Set<DtsenCheck>();

    public DbSet<Assistance> Assistance => Set<Assistance>();

    public DbSet<Proposal> Proposals => Set<Proposal>();

    public DbSet<ChildGrowthSignal> ChildGrowthSignals => Set<ChildGrowthSignal>();

    public DbSet<HouseSignal> HouseSignals => Set<HouseSignal>();

    public DbSet<OutOfSchoolSignal> OutOfSchoolSignals => Set<OutOfSchoolSignal>();

    public DbSet<ServiceRequest> ServiceRequests => Set<ServiceRequest>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SocialDbContext).Assembly);
        modelBuilder.AddServiceRequests();
    }
}

internal sealed class SocialSqliteDbContext(DbContextOptions<SocialSqliteDbContext> options) : SocialDbContext(options);

internal sealed class SocialSqlServerDbContext(DbContextOptions<SocialSqlServerDbContext> options) : SocialDbContext(options);
