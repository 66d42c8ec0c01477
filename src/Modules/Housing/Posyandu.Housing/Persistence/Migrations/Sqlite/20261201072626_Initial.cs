using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Posyandu.Housing.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "housing");

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "housing",
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
                name: "house_assessments",
                schema: "housing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Foundation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ColumnsAndBeams = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RoofStructure = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RoofMaterial = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    WallMaterial = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    FloorMaterial = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    FloorAreaM2 = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: false),
                    Occupants = table.Column<int>(type: "INTEGER", nullable: false),
                    OccupantsFromRegistry = table.Column<bool>(type: "INTEGER", nullable: false),
                    AreaPerPersonM2 = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: false),
                    AdequateNaturalLighting = table.Column<bool>(type: "INTEGER", nullable: false),
                    AdequateVentilation = table.Column<bool>(type: "INTEGER", nullable: false),
                    Water = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Latrine = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    IsRtlh = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    MeetsBuildingSafety = table.Column<bool>(type: "INTEGER", nullable: false),
                    MeetsMinimumArea = table.Column<bool>(type: "INTEGER", nullable: false),
                    MeetsOccupantHealth = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_house_assessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "households",
                schema: "housing",
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
                schema: "housing",
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
                schema: "housing",
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
                schema: "housing",
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
                name: "rehabilitations",
                schema: "housing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Programme = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlannedBudgetRupiah = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FinalCostRupiah = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rehabilitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "residents",
                schema: "housing",
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
                schema: "housing",
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
                name: "service_request_attachments",
                schema: "housing",
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
                        principalSchema: "housing",
                        principalTable: "service_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "service_request_history",
                schema: "housing",
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
                        principalSchema: "housing",
                        principalTable: "service_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_Actor",
                schema: "housing",
                table: "audit_entries",
                column: "Actor");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_At",
                schema: "housing",
                table: "audit_entries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_Entity_EntityId",
                schema: "housing",
                table: "audit_entries",
                columns: new[] { "Entity", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_house_assessments_HouseholdId_AssessedOn",
                schema: "housing",
                table: "house_assessments",
                columns: new[] { "HouseholdId", "AssessedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_house_assessments_PosyanduId_AssessedOn",
                schema: "housing",
                table: "house_assessments",
                columns: new[] { "PosyanduId", "AssessedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_house_assessments_RegionCode",
                schema: "housing",
                table: "house_assessments",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_households_PosyanduId",
                schema: "housing",
                table: "households",
                column: "PosyanduId");

            migrationBuilder.CreateIndex(
                name: "IX_households_RegionCode",
                schema: "housing",
                table: "households",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_MessageId",
                schema: "housing",
                table: "outbox_messages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_Status_Sequence",
                schema: "housing",
                table: "outbox_messages",
                columns: new[] { "Status", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_posyandu_RegionCode",
                schema: "housing",
                table: "posyandu",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_rehabilitations_HouseholdId_StartedOn",
                schema: "housing",
                table: "rehabilitations",
                columns: new[] { "HouseholdId", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_rehabilitations_one_in_progress",
                schema: "housing",
                table: "rehabilitations",
                column: "HouseholdId",
                unique: true,
                filter: "\"Status\" = 'InProgress'");

            migrationBuilder.CreateIndex(
                name: "IX_rehabilitations_RegionCode",
                schema: "housing",
                table: "rehabilitations",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_residents_HouseholdId",
                schema: "housing",
                table: "residents",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_residents_PosyanduId_BirthDate",
                schema: "housing",
                table: "residents",
                columns: new[] { "PosyanduId", "BirthDate" });

            migrationBuilder.CreateIndex(
                name: "IX_service_request_attachments_RequestId",
                schema: "housing",
                table: "service_request_attachments",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_service_request_history_RequestId",
                schema: "housing",
                table: "service_request_history",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_service_requests_PosyanduId",
                schema: "housing",
                table: "service_requests",
                column: "PosyanduId");

            migrationBuilder.CreateIndex(
                name: "IX_service_requests_RegionCode",
                schema: "housing",
                table: "service_requests",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_service_requests_Status_DueAt",
                schema: "housing",
                table: "service_requests",
                columns: new[] { "Status", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "housing");

            migrationBuilder.DropTable(
                name: "house_assessments",
                schema: "housing");

            migrationBuilder.DropTable(
                name: "households",
                schema: "housing");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "housing");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "housing");

            migrationBuilder.DropTable(
                name: "posyandu",
                schema: "housing");

            migrationBuilder.DropTable(
                name: "rehabilitations",
                schema: "housing");

            migrationBuilder.DropTable(
                name: "residents",
                schema: "housing");

            migrationBuilder.DropTable(
                name: "service_request_attachments",
                schema: "housing");

            migrationBuilder.DropTable(
                name: "service_request_history",
                schema: "housing");

            migrationBuilder.DropTable(
                name: "service_requests",
                schema: "housing");
        }
    }
}
