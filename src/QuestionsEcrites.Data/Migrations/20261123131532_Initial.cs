using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QuestionsEcrites.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Ministries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ministries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PoliticalGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoliticalGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Rubriques",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rubriques", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Authors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Civility = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AnId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Legislature = table.Column<int>(type: "INTEGER", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 220, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Circonscription = table.Column<int>(type: "INTEGER", nullable: true),
                    LastQuestionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Authors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Authors_PoliticalGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "PoliticalGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Questions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Legislature = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    RubriqueId = table.Column<int>(type: "INTEGER", nullable: true),
                    TeteAnalyse = table.Column<string>(type: "TEXT", nullable: true),
                    Analyses = table.Column<string>(type: "TEXT", nullable: true),
                    MinistryAskedId = table.Column<int>(type: "INTEGER", nullable: true),
                    MinistryAskedLabel = table.Column<string>(type: "TEXT", nullable: true),
                    MinistryAssignedId = table.Column<int>(type: "INTEGER", nullable: true),
                    MinistryAssignedLabel = table.Column<string>(type: "TEXT", nullable: true),
                    AuthorId = table.Column<int>(type: "INTEGER", nullable: true),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    JoPage = table.Column<int>(type: "INTEGER", nullable: true),
                    SignaledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AttributionChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosureReason = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ChangeStamp = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Questions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Questions_Authors_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "Authors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Questions_Ministries_MinistryAskedId",
                        column: x => x.MinistryAskedId,
                        principalTable: "Ministries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Questions_Ministries_MinistryAssignedId",
                        column: x => x.MinistryAssignedId,
                        principalTable: "Ministries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Questions_PoliticalGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "PoliticalGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Questions_Rubriques_RubriqueId",
                        column: x => x.RubriqueId,
                        principalTable: "Rubriques",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Answers",
                columns: table => new
                {
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    JoPage = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Answers", x => x.QuestionId);
                    table.ForeignKey(
                        name: "FK_Answers_Questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuestionEvent",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuestionEvent_Questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Answers_PublishedOn",
                table: "Answers",
                column: "PublishedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Authors_GroupId",
                table: "Authors",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_Authors_Legislature_AnId",
                table: "Authors",
                columns: new[] { "Legislature", "AnId" },
                unique: true,
                filter: "\"AnId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Authors_Legislature_NameKey",
                table: "Authors",
                columns: new[] { "Legislature", "NameKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Authors_Slug",
                table: "Authors",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ministries_Slug",
                table: "Ministries",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PoliticalGroups_Slug",
                table: "PoliticalGroups",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuestionEvent_QuestionId_Kind_Date",
                table: "QuestionEvent",
                columns: new[] { "QuestionId", "Kind", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_AuthorId_PublishedOn",
                table: "Questions",
                columns: new[] { "AuthorId", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_ChangeStamp",
                table: "Questions",
                column: "ChangeStamp");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_GroupId_PublishedOn",
                table: "Questions",
                columns: new[] { "GroupId", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_Legislature_Number_Type",
                table: "Questions",
                columns: new[] { "Legislature", "Number", "Type" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Questions_MinistryAskedId_PublishedOn",
                table: "Questions",
                columns: new[] { "MinistryAskedId", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_MinistryAssignedId_PublishedOn",
                table: "Questions",
                columns: new[] { "MinistryAssignedId", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_PublishedOn",
                table: "Questions",
                column: "PublishedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_RubriqueId_PublishedOn",
                table: "Questions",
                columns: new[] { "RubriqueId", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_Status_PublishedOn",
                table: "Questions",
                columns: new[] { "Status", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Rubriques_Slug",
                table: "Rubriques",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Answers");

            migrationBuilder.DropTable(
                name: "QuestionEvent");

            migrationBuilder.DropTable(
                name: "Questions");

            migrationBuilder.DropTable(
                name: "Authors");

            migrationBuilder.DropTable(
                name: "Ministries");

            migrationBuilder.DropTable(
                name: "Rubriques");

            migrationBuilder.DropTable(
                name: "PoliticalGroups");
        }
    }
}
