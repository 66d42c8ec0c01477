namespace Posyandu.GeneralEducation.Persistence;

/// <summary>The module's own tables in its own schema (SQLite: its own file); one subclass per provider, each with its migrations.</summary>
public class GeneralEducationDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public override string Schema => GeneralEducationModule.ModuleName;

    public DbSet<GeneralEducationPosyandu> Posyandu => Set<GeneralEducationPosyandu>();

    public DbSet<GeneralEducationResident> Residents => Set<GeneralEducationResident>();

    public DbSet<PlannedActivity> PlannedActivities => Set<PlannedActivity>();

    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<Attendance> Attendance => Set<Attendance>();

    public DbSet<BkbGroup> BkbGroups => Set<BkbGroup>();

    public DbSet<Training> Trainings => Set<Training>();

    public DbSet<Trainee> Trainees => Set<Trainee>();

    public DbSet<ServiceRequest> ServiceRequests => Set<ServiceRequest>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GeneralEducationDbContext).Assembly);
        modelBuilder.AddServiceRequests();
    }
}

internal sealed class GeneralEducationSqliteDbContext(DbContextOptions<GeneralEducationSqliteDbContext> options) : GeneralEducationDbContext(options);

internal sealed class GeneralEducationSqlServerDbContext(DbContextOptions<GeneralEducationSqlServerDbContext> options) : GeneralEducationDbContext(options);
