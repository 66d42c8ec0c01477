using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Posyandu.Social.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "social");

            migrationBuilder.CreateTable(
                name: "assistance",
                schema: "social",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Programme = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "social",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Roles = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Module = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Entity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disability_records",
                schema: "social",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    DevicesNeeded = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disability_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dtsen_checks",
                schema: "social",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InDtsen = table.Column<bool>(type: "INTEGER", nullable: false),
                    Decile = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dtsen_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "households",
                schema: "social",
                columns: table => new
                {
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_households", x => x.HouseholdId);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "social",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "social",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "posyandu",
                schema: "social",
                columns: table => new
                {
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_posyandu", x => x.PosyanduId);
                });

            migrationBuilder.CreateTable(
                name: "ppks_cases",
                schema: "social",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    IdentifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    VerifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ServedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ppks_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ppks_status_changes",
                schema: "social",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ppks_status_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "proposals",
                schema: "social",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Programme = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "residents",
                schema: "social",
                columns: table => new
                {
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Alive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents", x => x.ResidentId);
                });

            migrationBuilder.CreateTable(
                name: "service_requests",
                schema: "social",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatusSince = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OverdueSince = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EscalationLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    LastEscalatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AnyStepLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "signals_child_growth",
                schema: "social",
                columns: table => new
                {
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VisitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeasuredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Stunted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Wasted = table.Column<bool>(type: "INTEGER", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signals_child_growth", x => x.ResidentId);
                });

            migrationBuilder.CreateTable(
                name: "signals_house",
                schema: "social",
                columns: table => new
                {
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsRtlh = table.Column<bool>(type: "INTEGER", nullable: false),
                    RehabilitatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signals_house", x => x.HouseholdId);
                });

            migrationBuilder.CreateTable(
                name: "signals_out_of_school",
                schema: "social",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdentifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signals_out_of_school", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "service_request_attachments",
                schema: "social",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_request_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_service_request_attachments_service_requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "social",
                        principalTable: "service_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "service_request_history",
                schema: "social",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Roles = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_request_history", x => x.Id);
                    table.ForeignKey(
                        name: "FK_service_request_history_service_requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "social",
                        principalTable: "service_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_HouseholdId",
                schema: "social",
                table: "assistance",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_RegionCode",
                schema: "social",
                table: "assistance",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_Actor",
                schema: "social",
                table: "audit_entries",
                column: "Actor");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_At",
                schema: "social",
                table: "audit_entries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_Entity_EntityId",
                schema: "social",
                table: "audit_entries",
                columns: new[] { "Entity", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_disability_records_HouseholdId",
                schema: "social",
                table: "disability_records",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_disability_records_PosyanduId",
                schema: "social",
                table: "disability_records",
                column: "PosyanduId");

            migrationBuilder.CreateIndex(
                name: "IX_disability_records_ResidentId",
                schema: "social",
                table: "disability_records",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_dtsen_checks_HouseholdId",
                schema: "social",
                table: "dtsen_checks",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_dtsen_checks_RegionCode",
                schema: "social",
                table: "dtsen_checks",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_households_PosyanduId",
                schema: "social",
                table: "households",
                column: "PosyanduId");

            migrationBuilder.CreateIndex(
                name: "IX_households_RegionCode",
                schema: "social",
                table: "households",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_MessageId",
                schema: "social",
                table: "outbox_messages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_Status_Sequence",
                schema: "social",
                table: "outbox_messages",
                columns: new[] { "Status", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_posyandu_RegionCode",
                schema: "social",
                table: "posyandu",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ppks_cases_HouseholdId",
                schema: "social",
                table: "ppks_cases",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_ppks_cases_PosyanduId_Status",
                schema: "social",
                table: "ppks_cases",
                columns: new[] { "PosyanduId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ppks_cases_RegionCode",
                schema: "social",
                table: "ppks_cases",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ppks_cases_ResidentId",
                schema: "social",
                table: "ppks_cases",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_ppks_status_changes_CaseId",
                schema: "social",
                table: "ppks_status_changes",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_HouseholdId",
                schema: "social",
                table: "proposals",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_RegionCode",
                schema: "social",
                table: "proposals",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_residents_HouseholdId",
                schema: "social",
                table: "residents",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_residents_PosyanduId_BirthDate",
                schema: "social",
                table: "residents",
                columns: new[] { "PosyanduId", "BirthDate" });

            migrationBuilder.CreateIndex(
                name: "IX_service_request_attachments_RequestId",
                schema: "social",
                table: "service_request_attachments",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_service_request_history_RequestId",
                schema: "social",
                table: "service_request_history",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_service_requests_PosyanduId",
                schema: "social",
                table: "service_requests",
                column: "PosyanduId");

            migrationBuilder.CreateIndex(
                name: "IX_service_requests_RegionCode",
                schema: "social",
                table: "service_requests",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_service_requests_Status_DueAt",
                schema: "social",
                table: "service_requests",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_signals_out_of_school_ResidentId",
                schema: "social",
                table: "signals_out_of_school",
                column: "ResidentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assistance",
                schema: "social");

            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "social");

            migrationBuilder.DropTable(
                name: "disability_records",
                schema: "social");

            migrationBuilder.DropTable(
                name: "dtsen_checks",
                schema: "social");

            migrationBuilder.DropTable(
                name: "households",
                schema: "social");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "social");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "social");

            migrationBuilder.DropTable(
                name: "posyandu",
                schema: "social");

            migrationBuilder.DropTable(
                name: "ppks_cases",
                schema: "social");

            migrationBuilder.DropTable(
                name: "ppks_status_changes",
                schema: "social");

            migrationBuilder.DropTable(
                name: "proposals",
                schema: "social");

            migrationBuilder.DropTable(
                name: "residents",
                schema: "social");

            migrationBuilder.DropTable(
                name: "service_request_attachments",
                schema: "social");

            migrationBuilder.DropTable(
                name: "service_request_history",
                schema: "social");

            migrationBuilder.DropTable(
                name: "signals_child_growth",
                schema: "social");

            migrationBuilder.DropTable(
                name: "signals_house",
                schema: "social");

            migrationBuilder.DropTable(
                name: "signals_out_of_school",
                schema: "social");

            migrationBuilder.DropTable(
                name: "service_requests",
                schema: "social");
        }
    }
}
